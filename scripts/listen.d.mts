export declare const DEFAULT_HOST: string;
export declare function hostFrom(env: Record<string, string | undefined>): string;
