// Reads inside the banner's closed shadow root through CDP (the page itself, and Playwright locators, cannot):
// finds the host element, resolves its shadow root and runs a function on it. See guides/browser-testing.md.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

function findHost(node: DomNode, attribute: string): DomNode | null {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === attribute) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child, attribute);
    if (found) return found;
  }
  return null;
}

export interface ShadowReader {
  /** The shadow root's type ('closed' or 'open'), or null when no host is in the page. */
  rootType(): Promise<string | null>;
  /** Runs `fn(arg)` with `this` bound to the shadow root and returns its JSON result. */
  call<T>(fn: string, arg?: unknown): Promise<T>;
  detach(): Promise<void>;
}

export async function shadowReader(context: BrowserContext, page: Page, hostAttribute: string): Promise<ShadowReader> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const root = async () => {
    const { root: doc } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findHost(doc, hostAttribute);
    return host?.shadowRoots?.[0] ?? null;
  };
  return {
    async rootType() {
      return (await root())?.shadowRootType ?? null;
    },
    async call<T>(fn: string, arg?: unknown) {
      const shadow = await root();
      if (!shadow) throw new Error(`no shadow root on [${hostAttribute}]`);
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: fn,
        arguments: [{ value: arg ?? null }],
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`in the shadow root: ${exceptionDetails.text} ${JSON.stringify(exceptionDetails.exception?.description ?? '')}`);
      return result.value as T;
    },
    async detach() {
      await cdp.detach().catch(() => undefined);
    },
  };
}
