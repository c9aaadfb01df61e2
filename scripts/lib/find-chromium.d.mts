export declare const KNOWN_PATHS: Record<'linux' | 'darwin', string[]>;
export declare class BrowserNotFoundError extends Error {}
export declare function isExecutable(path: string): boolean;
export declare function npmRegistryChromium(): Promise<string | undefined>;
export declare function aptInstallChromium(log?: (line: string) => void): string | undefined;
export interface FoundChromium {
  path: string;
  source: 'CHROMIUM_PATH' | 'machine' | 'npm' | 'apt';
}
export declare function findChromium(options?: {
  env?: Record<string, string | undefined>;
  platform?: string;
  isRoot?: boolean;
  candidates?: string[];
  canRun?: (path: string) => boolean;
  fromNpm?: () => Promise<string | undefined>;
  hasApt?: boolean;
  fromApt?: () => string | undefined;
}): Promise<FoundChromium>;
