// Imported by worker-boot.mjs to learn whether TypeScript loads in this thread: nothing to export.
export {}
