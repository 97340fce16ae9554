// Types of eslint.config.js for the test that lints planted files with the project's config.
import type { Linter } from 'eslint';
declare const config: Linter.Config[];
export default config;
