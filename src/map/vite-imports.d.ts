/// <reference types="vite/client" />
// Vite's `?worker&url` import (MapLibre's worker module, see src/map/maplibreSetup.ts).
declare module '*?worker&url' {
  const url: string;
  export default url;
}
