import { Size } from 'cdk8s';

/** Size budgets (BuildFacts.sizeBudget), with headroom over the examples' images (Rust 26 MB, Go 8.4, Python 229, Node.js 235, static 140). */
export const SIZE_BUDGETS = {
  'rust-distroless': Size.mebibytes(64),
  'rust-debian-slim': Size.mebibytes(192),
  'go': Size.mebibytes(48),
  'python': Size.mebibytes(320),
  'node': Size.mebibytes(384),
  'static-site': Size.mebibytes(256),
  'dockerfile': Size.mebibytes(512),
} as const;
