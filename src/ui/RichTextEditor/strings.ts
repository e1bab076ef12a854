// The editor's own words in the UI language. The caller passes them in, so the component holds
// no i18n machinery; the two tables below are the defaults the app is expected to use.
export interface RichTextEditorStrings {
  /** Accessible name of the toolbar. */
  toolbar: string;
  bold: string;
  italic: string;
  underline: string;
  /** Some groups strike out the absent, or words withdrawn during the meeting. */
  strike: string;
  bulletList: string;
  numberedList: string;
  indent: string;
  outdent: string;
  link: string;
  insertTable: string;
  /** Label of the URL field in the link popover. */
  linkAddress: string;
  linkSave: string;
  linkRemove: string;
  linkCancel: string;
  /** Shown when the typed address is not an http(s) or e-mail address. */
  linkInvalid: string;
}

export const richTextEditorStringsSv: RichTextEditorStrings = {
  toolbar: 'Textformat',
  bold: 'Fet (Ctrl+B)',
  italic: 'Kursiv (Ctrl+I)',
  underline: 'Understruken (Ctrl+U)',
  strike: 'Genomstruken',
  bulletList: 'Punktlista',
  numberedList: 'Numrerad lista',
  indent: 'Öka indrag (Tabb)',
  outdent: 'Minska indrag (Skift+Tabb)',
  link: 'Länk (Ctrl+K)',
  insertTable: 'Infoga tabell',
  linkAddress: 'Adress (https:// eller e-post)',
  linkSave: 'Spara länk',
  linkRemove: 'Ta bort länk',
  linkCancel: 'Avbryt',
  linkInvalid: 'Ange en webbadress som börjar med https:// eller en e-postadress.',
};

export const richTextEditorStringsEn: RichTextEditorStrings = {
  toolbar: 'Text formatting',
  bold: 'Bold (Ctrl+B)',
  italic: 'Italic (Ctrl+I)',
  underline: 'Underline (Ctrl+U)',
  strike: 'Strikethrough',
  bulletList: 'Bulleted list',
  numberedList: 'Numbered list',
  indent: 'Increase indent (Tab)',
  outdent: 'Decrease indent (Shift+Tab)',
  link: 'Link (Ctrl+K)',
  insertTable: 'Insert table',
  linkAddress: 'Address (https:// or e-mail)',
  linkSave: 'Save link',
  linkRemove: 'Remove link',
  linkCancel: 'Cancel',
  linkInvalid: 'Enter a web address starting with https:// or an e-mail address.',
};
