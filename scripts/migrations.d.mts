export function expectedMigrations(): Map<string, string>
export function staleMigrations(): string[]
