// Helpers for rendering the options page's components in happy-dom and driving them as a reader would.
import { render } from 'preact';
import { expect } from 'vitest';
import type { GlossaryEntry } from '../../src/core/glossary-schema';

export function entry(id: string, term: string, over: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id,
    term,
    variants: [],
    english: `${id} in English`,
    gloss: `The gloss of ${id}.`,
    explanation: { en: `About ${id}.`, zh: `关于${term}。` },
    category: 'economy',
    ...over,
  };
}

/** Lets Preact re-render and pending promises settle. */
export const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

export function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(node, root);
  return root;
}

export const byLabel = <T extends HTMLElement>(root: HTMLElement, text: string): T => {
  const label = [...root.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim().startsWith(text));
  if (!label) throw new Error(`no label “${text}”`);
  const control = label.htmlFor
    ? root.querySelector(`#${label.htmlFor}`)
    : label.querySelector('input,select,textarea');
  return control as T;
};

export const button = (root: HTMLElement, text: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === text);
  if (!found) throw new Error(`no button “${text}”`);
  return found;
};

export function type(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Every control has a label, and everything clickable is a real button. */
export function expectKeyboardReady(root: HTMLElement) {
  for (const control of root.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    const labelled = (control.labels?.length ?? 0) > 0 || control.getAttribute('aria-label');
    expect(labelled, `${control.tagName} ${control.id || control.name}`).toBeTruthy();
  }
  for (const b of root.querySelectorAll('button')) expect(b.getAttribute('type')).toMatch(/^(button|submit)$/);
  expect(root.querySelectorAll('[onclick], div[tabindex], span[tabindex]')).toHaveLength(0);
}
