import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Noto fonts of badges (OFL, shared/badges/fonts/OFL.txt): Latin and Arabic, regular and bold. */
export const badgeFontFiles = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSansArabic-Regular.ttf', 'NotoSansArabic-Bold.ttf'] as const;
export type BadgeFontFile = (typeof badgeFontFiles)[number];

/** Repository paths, for the stack to copy next to the bundle (RouteDefinition.compute.bundledFiles). */
export const badgeFontPaths = badgeFontFiles.map((file) => `shared/badges/fonts/${file}`);

/**
 * Where a font is at run time: beside this module in the repository (`./fonts/`), or beside the bundle
 * in Lambda, where the stack copies the files flat next to `index.mjs`.
 */
export function badgeFontPath(file: BadgeFontFile): string {
  const inRepository = fileURLToPath(new URL(`./fonts/${file}`, import.meta.url));
  return existsSync(inRepository) ? inRepository : fileURLToPath(new URL(`./${file}`, import.meta.url));
}
