/**
 * The reading series, in the order a newcomer should read them: the articles index lists them in
 * this order and previous/next walk through them, each by its articles' `position`. An article
 * may only name one of these ids, so a typo fails the build instead of starting a series of one.
 */
export const SERIES = {
  basics: '基础',
  training: '训练',
  evaluation: '评测',
  applications: '推理与应用',
} as const;

export type SeriesId = keyof typeof SERIES;

export const SERIES_IDS = Object.keys(SERIES) as [SeriesId, ...SeriesId[]];
