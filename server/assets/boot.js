// Tutela's island loader. Pages are complete HTML; this file only wakes the
// interactive islands (<leptos-island> elements) when a page has any, so a
// lesson page downloads no WebAssembly at all. It is an external file, not
// an inline script, so the Content-Security-Policy can forbid inline code.
// The server strips Leptos' empty hydration-data scripts (inline code that
// the CSP forbids); the bundle still expects the globals they declared.
for (const name of ["__RESOLVED_RESOURCES", "__SERIALIZED_ERRORS", "__PENDING_RESOURCES", "__RESOURCE_RESOLVERS", "__INCOMPLETE_CHUNKS"]) {
  if (!(name in window)) window[name] = [];
}

const islands = () => document.querySelectorAll("leptos-island");

async function wake() {
  if (islands().length === 0) return;
  const bundle = await import("/pkg/tutela.js");
  await bundle.default({ module_or_path: "/pkg/tutela_bg.wasm" });
  bundle.hydrate();
  for (const island of islands()) {
    const hydrateIsland = bundle[island.dataset.component];
    if (hydrateIsland) {
      await hydrateIsland(island);
    } else {
      console.warn(`Tutela: no code for the island ${island.dataset.component}`);
    }
  }
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", wake);
} else {
  wake();
}
