/**
 * The short, polite notice shown when a new build's offline worker has taken over (sw-register.ts):
 * the copy kept for offline use now holds the newest program. Its text is a status message
 * (role=status, announced without moving focus), put into the page after the empty region so
 * screen readers announce it. 刷新本页 reloads, for a page that came from the kept copy on a slow
 * network; 关闭 removes the notice.
 */
export function showUpdated(): void {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('aside');
  notice.className = 'update-notice';
  notice.setAttribute('aria-label', '更新提示');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const reload = button('刷新本页', () => location.reload());
  const close = button('关闭', () => notice.remove());
  close.setAttribute('aria-label', '关闭更新提示');
  notice.append(status, reload, close);
  document.body.append(notice);
  setTimeout(() => {
    status.textContent = '日程已更新：离线时也能查看最新版本。';
  }, 50);
}

function button(label: string, action: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'button';
  element.textContent = label;
  element.addEventListener('click', action);
  return element;
}
