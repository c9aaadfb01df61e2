import { ref } from 'vue';

/** Copies with the Clipboard API; false when it is missing or refused (e.g. not a secure context). */
export async function copyToClipboard(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<boolean> {
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copy state for one share link: `copied` drives the "Copied" announcement, `fallback` shows a
 * selectable field when the browser would not copy.
 */
export function useCertificateCopy(resetAfterMs = 4000) {
  const copied = ref(false);
  const fallback = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function copy(text: string): Promise<boolean> {
    clearTimeout(timer);
    copied.value = false;
    const ok = await copyToClipboard(text);
    copied.value = ok;
    fallback.value = !ok;
    if (ok) timer = setTimeout(() => (copied.value = false), resetAfterMs);
    return ok;
  }

  return { copied, fallback, copy };
}
