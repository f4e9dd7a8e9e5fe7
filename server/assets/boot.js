// Tutela's island loader. Pages are complete HTML; this file only wakes the
// interactive islands (<leptos-island> elements) when a page has any, so a
// lesson page downloads no WebAssembly at all. It is an external file, not
// an inline script, so the Content-Security-Policy can forbid inline code.
// Leptos' hydration code reads globals that its own server integration
// writes in inline scripts. Tutela's pages carry no inline script (the CSP
// forbids them), so the globals are declared here, empty.
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
