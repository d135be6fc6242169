// Loads the project's TypeScript modules (which use Vite features such as import.meta.glob) from Node scripts.
import { createServer } from 'vite';

export async function withModules(paths, fn) {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
  });
  try {
    const modules = await Promise.all(paths.map((p) => server.ssrLoadModule(p)));
    return await fn(...modules);
  } finally {
    await server.close();
  }
}
