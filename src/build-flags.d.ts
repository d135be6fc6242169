/** Set at build time (vite.config.ts): true only in builds for the bench and the end-to-end tests. */
declare const __TIFA_MARKS__: boolean;
