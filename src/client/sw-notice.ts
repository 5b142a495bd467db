// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';
/**
 * The short, polite notice shown when a new build's offline worker has taken over (sw-register.ts):
 * the copy kept for offline use now holds the newest program. Its text is a status message
 * (role=status, announced without moving focus), put into the page after the empty region so
 * screen readers announce it. 刷新本页 reloads, for a page that came from the kept copy on a slow
 * network; 关闭 removes the notice.
 */
export function showUpdated(): void {
  if (document.querySelector('.update-notice')) return;
  // Its styles come with it, so no page carries them before a notice is shown. A constructed
  // sheet, allowed by the pages' policy where a <style> element would not be.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const notice = document.createElement('aside');
  notice.className = 'update-notice';
  notice.setAttribute('aria-label', english ? 'Update notice' : '更新提示');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const reload = button(english ? 'Reload this page' : '刷新本页', () => location.reload());
  const close = button(english ? 'Close' : '关闭', () => notice.remove());
  close.setAttribute('aria-label', english ? 'Close the update notice' : '关闭更新提示');
  const actions = document.createElement('div');
  actions.append(reload, close);
  notice.append(status, actions);
  document.body.append(notice);
  setTimeout(() => {
    status.textContent = english ? 'The programme has been updated: the latest version is now available offline too.' : '日程已更新：离线时也能查看最新版本。';
  }, 50);
}

const STYLE = `
.update-notice {
  position: fixed;
  inset-inline: 0.75rem;
  bottom: 0.75rem;
  z-index: 200;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem 0.75rem;
  max-width: 34rem;
  margin-inline: auto;
  padding: 0.75rem 1rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
}
.update-notice p {
  flex: 1 1 18rem;
}
.update-notice div {
  display: flex;
  gap: 0.5rem;
  margin-inline-start: auto;
}
@media print {
  .update-notice {
    display: none;
  }
}`;

function button(label: string, action: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'button';
  element.textContent = label;
  element.addEventListener('click', action);
  return element;
}
