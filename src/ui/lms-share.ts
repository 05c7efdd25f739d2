// Sending a summary of the reflection to the learning system: only when the
// learner asks, after they have seen exactly what would be sent and confirmed
// it holds no names or details that could identify anyone (the reminder every
// free-text field carries). Nothing is sent by default.
import { button, el } from './dom.ts';

export const SHARE_REMINDER =
  'Your journal stays on this device. If you send this summary, your learning system keeps it and your tutor or trainer may read it. Check it has no names or details that could identify anyone.';

/** `send` returns whether the learning system accepted the summary. */
export function renderLmsShare(summary: () => string, send: (text: string) => boolean): HTMLElement {
  const preview = el('pre', { class: 'lms-summary', id: 'lms-summary-preview' });
  const status = el('p', { role: 'status', class: 'save-status' });
  const confirm = el('input', { type: 'checkbox', id: 'lms-share-confirm' });
  const details = el(
    'details',
    {},
    el('summary', {}, 'Send a summary of your reflection to your learning system'),
    el('p', { class: 'notice privacy', id: 'lms-share-reminder' }, SHARE_REMINDER),
    el('p', {}, 'This is what would be sent (your reasons and CPD notes are not included):'),
    preview,
    el('p', {}, confirm, el('label', { for: 'lms-share-confirm' }, ' I have checked it: no names or details that could identify anyone')),
    el(
      'div',
      { class: 'actions' },
      button('Send this summary', () => {
        if (!confirm.checked) {
          status.textContent = 'Nothing was sent. Tick the box once you have checked the summary.';
          return;
        }
        const text = summary();
        preview.textContent = text;
        status.textContent = send(text)
          ? 'Sent to your learning system. Your journal is unchanged on this device.'
          : 'Your learning system did not accept the summary. Nothing is lost: your journal is unchanged on this device.';
      }),
    ),
    status,
  );
  details.addEventListener('toggle', () => {
    if (details.open) preview.textContent = summary();
  });
  return el(
    'section',
    { 'aria-labelledby': 'lms-share-heading', class: 'reflection-part' },
    el('h2', { id: 'lms-share-heading' }, 'Your learning system'),
    details,
  );
}
