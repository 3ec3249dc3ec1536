// The "Add articles" dialog: paste text (language detected and shown, or chosen), or pick files.
// The textarea is uncontrolled: a pasted 5 MB article must not be re-rendered on every keystroke.
import { useEffect, useRef, useState } from 'react';
import type { LanguageCode } from '../../core/types';
import { LANGUAGE_CODES } from '../../core/languages';
import { detectLanguage } from '../../core/detectLanguage';
import { ACCEPTED_EXTENSIONS } from '../../intake/articleFormat';
import { languageName } from '../languageName';

/** Detection on the first characters is enough to show a language and keeps typing instant. */
const DETECTION_SAMPLE = 4000;

interface Props {
  open: boolean;
  onClose: () => void;
  /** Resolves to a message when the text was refused (the dialog stays open and shows it). */
  onPaste: (text: string, lang: LanguageCode | undefined) => Promise<string | undefined>;
  onFiles: (files: File[]) => void;
}

export function AddArticlesDialog({ open, onClose, onPaste, onFiles }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [sample, setSample] = useState('');
  const [lang, setLang] = useState<LanguageCode | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) { d.showModal(); textarea.current?.focus(); }
    if (!open && d.open) d.close();
  }, [open]);

  const detected = sample.trim() ? detectLanguage(sample) : null;
  const reset = () => { if (textarea.current) textarea.current.value = ''; setSample(''); setLang(''); setError(null); };

  const submit = async () => {
    setBusy(true);
    const message = await onPaste(textarea.current?.value ?? '', lang || undefined);
    setBusy(false);
    if (message) { setError(message); return; }
    reset();
    onClose();
  };

  return (
    <dialog ref={dialog} className="intake-dialog" aria-labelledby="intake-dialog-title" onClose={onClose} onCancel={onClose}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <h2 id="intake-dialog-title">Add articles</h2>
        <label className="intake-field">
          <span>Paste an article</span>
          <textarea
            ref={textarea}
            rows={12}
            placeholder="Paste the text of a news article here…"
            onInput={(e) => { setSample(e.currentTarget.value.slice(0, DETECTION_SAMPLE)); setError(null); }}
          />
        </label>
        <label className="intake-field intake-lang">
          <span>Language</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as LanguageCode | '')}>
            <option value="">Detect automatically{detected ? ` (${languageName(detected)})` : ''}</option>
            {LANGUAGE_CODES.map((code) => <option key={code} value={code}>{languageName(code)}</option>)}
          </select>
        </label>
        {detected && !lang && <p className="intake-detected" aria-live="polite">Detected language: <strong>{languageName(detected)}</strong></p>}
        {error && <p className="intake-error" role="alert">{error}</p>}
        <div className="intake-actions">
          <label className="intake-files">
            Or choose files ({ACCEPTED_EXTENSIONS.join(', ')})…
            <input
              type="file"
              multiple
              accept={[...ACCEPTED_EXTENSIONS, '.htm', '.markdown', 'text/plain', 'text/markdown', 'text/html'].join(',')}
              onChange={(e) => { const files = Array.from(e.currentTarget.files ?? []); e.currentTarget.value = ''; if (files.length) { onFiles(files); reset(); onClose(); } }}
            />
          </label>
          <span className="spacer" />
          <button type="button" onClick={() => { reset(); onClose(); }}>Cancel</button>
          <button type="submit" className="primary" disabled={busy}>Add to map</button>
        </div>
        <p className="intake-hint">You can also drop files or a folder onto the map. Added articles stay in this browser only.</p>
      </form>
    </dialog>
  );
}
