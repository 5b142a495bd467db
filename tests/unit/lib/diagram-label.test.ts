import { describe, expect, it } from 'vitest';
import { diagramLabel } from '~/lib/diagram-label';

describe('diagramLabel', () => {
  it.each([
    ['flowchart LR\n  A --> B', { kind: '流程图', title: '流程图', description: undefined }],
    ['graph TD\n  A --> B', { kind: '流程图', title: '流程图', description: undefined }],
    ['%% comment\nsequenceDiagram\n  A->>B: hi', { kind: '时序图', title: '时序图', description: undefined }],
    ['stateDiagram-v2\n  [*] --> A', { kind: '状态图', title: '状态图', description: undefined }],
    ['flowchart LR\n  accTitle: 训练流程\n  accDescr: 从数据到模型的三步\n  A --> B', { kind: '流程图', title: '训练流程', description: '从数据到模型的三步' }],
    ['flowchart LR\n  accDescr {\n    第一行\n    第二行\n  }\n  A --> B', { kind: '流程图', title: '流程图', description: '第一行 第二行' }],
    ['pie\n  title 数据构成\n  "网页" : 60', { kind: '饼图', title: '数据构成', description: undefined }],
    ['---\ntitle: "注意力的计算"\n---\nflowchart TB\n  A --> B', { kind: '流程图', title: '注意力的计算', description: undefined }],
    ['zenuml\n  A.b()', { kind: '图表', title: '图表', description: undefined }],
  ])('%j', (source, expected) => expect(diagramLabel(source)).toEqual(expected));
});
