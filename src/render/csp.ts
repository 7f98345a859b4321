import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy source of an inline `<script>` or `<style>`
 * element's text: `sha256-<base64>`. A page that lists its own inline code
 * this way runs that code and nothing injected beside it.
 */
export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
