// Types for manifest-checks.js (used by test/unit/manifest.test.ts).
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  line: number;
}
export function parseXml(xml: string): XmlNode;
export function pngSize(file: string): { width: number; height: number } | { error: string };
export function checkManifest(xml: string, options: { root: string; origin?: string }): { errors: string[] };
export function checkRelease(xml: string, options: { dist: string; publicUrl: string; version: string }): { errors: string[] };
