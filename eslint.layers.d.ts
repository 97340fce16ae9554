// Types of eslint.layers.js for the tests that read the layering.
export const LAYERS: Record<string, string[]>;
export const CORE: string[];
export const NODE_ALLOWED: string[];
export const REACT_ALLOWED: string[];
export const OFFICE_ALLOWED: string[];
export const DOM_ALLOWED: string[];
export const NODE_BUILTINS: string[];
