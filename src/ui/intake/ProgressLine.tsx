// How far processing of added articles has got, in articles and in megabytes.
import type { Progress } from '../../worker/pipelineClient';

const mb = (bytes: number) => (bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0);

export function ProgressLine({ progress }: { progress: Progress | null }) {
  if (!progress) return null;
  const { done, total, bytesDone, bytesTotal } = progress;
  return (
    <div className="intake-progress">
      <progress max={Math.max(bytesTotal, 1)} value={bytesDone} aria-label="Processing added articles" />
      <span className="intake-progress-text">
        Processing {done} of {total} article{total === 1 ? '' : 's'}{bytesTotal > 1048576 / 10 ? ` (${mb(bytesDone)} of ${mb(bytesTotal)} MB)` : ''}
      </span>
    </div>
  );
}
