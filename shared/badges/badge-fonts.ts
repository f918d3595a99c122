import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTrueTypeFont, type TrueTypeFont } from './truetype/truetype-font';

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

const loaded = new Map<BadgeFontFile, TrueTypeFont>();

/** The font, read from its file on first use and kept for the next requests of a warm Lambda. */
export function badgeFont(file: BadgeFontFile): TrueTypeFont {
  let font = loaded.get(file);
  if (font === undefined) {
    font = readTrueTypeFont(readFileSync(badgeFontPath(file)), file.replace(/\.ttf$/, ''));
    loaded.set(file, font);
  }
  return font;
}
