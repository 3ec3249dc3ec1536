// Files dropped onto the map (or anywhere on the page) are added as articles: a drop outside a target would
// make the browser open the file and leave the app. The overlay shows while files are dragged over; dropping a
// folder adds the text files inside it.
import { useEffect, useState } from 'react';
import { filesFromDrop } from './droppedFiles';

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const el = window;
    let depth = 0; // dragenter/dragleave fire for every child crossed
    const enter = (e: DragEvent) => { if (!carriesFiles(e)) return; e.preventDefault(); depth++; setOver(true); };
    const overHandler = (e: DragEvent) => { if (!carriesFiles(e)) return; e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; };
    const leave = () => { depth = Math.max(0, depth - 1); if (depth === 0) setOver(false); };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      void filesFromDrop(e.dataTransfer).then((files) => { if (files.length) onFiles(files); });
    };
    el.addEventListener('dragenter', enter);
    el.addEventListener('dragover', overHandler);
    el.addEventListener('dragleave', leave);
    el.addEventListener('drop', drop);
    return () => {
      el.removeEventListener('dragenter', enter);
      el.removeEventListener('dragover', overHandler);
      el.removeEventListener('dragleave', leave);
      el.removeEventListener('drop', drop);
    };
  }, [onFiles]);
  return over ? <div className="drop-overlay" aria-hidden="true"><p>Drop .txt, .md or .html files (or a folder) to add them to the map</p></div> : null;
}
