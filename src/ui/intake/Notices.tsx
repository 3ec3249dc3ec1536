// Messages for the user about what they added: refusals and failures in an alert region (announced at once by
// screen readers), confirmations in a status region. Never `alert()`: nothing blocks the page.
import type { Notice } from '../../intake/intakeSession';

const SHOWN = 4;

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  const recent = notices.slice(-SHOWN);
  const errors = recent.filter((n) => n.kind === 'error');
  const infos = recent.filter((n) => n.kind === 'info');
  const item = (n: Notice) => (
    <li key={n.id} className={`notice notice-${n.kind}`}>
      <span className="notice-text">{n.text}</span>
      <button type="button" className="notice-dismiss" aria-label="Dismiss this message" onClick={() => onDismiss(n.id)}>×</button>
    </li>
  );
  return (
    <div className="notices">
      <ul role="alert" aria-label="Problems with added articles" className="notice-list">{errors.map(item)}</ul>
      <ul role="status" aria-label="Messages about added articles" className="notice-list">{infos.map(item)}</ul>
    </div>
  );
}
