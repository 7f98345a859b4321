import type { Catalogue, Lang } from '../model/types.js';

/**
 * What the page builder embeds in the questionnaire page (as JSON in
 * `<script type="application/json" id="efa-form-data">`) and the browser code
 * reads back: the contract between `src/form/page.ts` and `src/form/browser/`.
 */
export interface FormData {
  catalogue: Catalogue;
  /** The language the page opens in. */
  lang: Lang;
  /** The languages the catalogue speaks throughout: a switch is offered where there are two. */
  languages: Lang[];
  /** The localStorage key of the autosave: catalogue id, version and the municipality. */
  storageKey: string;
  /** The assessment the page was built `--from`: its file name and YAML text, else null. */
  from: { file: string; text: string } | null;
}

export const FORM_DATA_ID = 'efa-form-data';
