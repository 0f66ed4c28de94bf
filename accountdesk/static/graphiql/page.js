// AccountDesk's GraphiQL page. Unlike Strawberry's page it copies nothing into the address:
// a typed `login` mutation there would leave the password in the browser's history. Tabs and
// history live in sessionStorage (gone with the tab) and headers, which carry the bearer
// token, are not kept at all.
(function () {
  "use strict";

  const EXAMPLE_QUERY = `# AccountDesk GraphiQL
#
# Sign in, then send the token in the Headers tab below as
#   { "Authorization": "Bearer <token>" }
#
# mutation { login(email: "owner@demo.test", password: "demo") {
#   __typename ... on Session { token expiresAt } ... on Error { code message } } }
#
# { me { id email name accountType account { id name } } }
#
# Run: Ctrl-Enter. Complete: Ctrl-Space.
`;

  const fetchURL = window.location.href.split(/[?#]/)[0];
  const subscriptionURL = new URL(fetchURL);
  subscriptionURL.protocol = subscriptionURL.protocol === "https:" ? "wss:" : "ws:";

  // The header lets a server in trusted-documents-only mode admit this page's typed
  // documents when TRUSTED_DOCUMENTS_EXCEPT lists `graphiql` (docs/trusted-documents.md).
  const fetcher = GraphiQL.createFetcher({
    url: fetchURL,
    subscriptionUrl: subscriptionURL.toString(),
    headers: { "x-accountdesk-graphiql": "1" },
  });

  function Page() {
    return React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: EXAMPLE_QUERY,
      defaultEditorToolsVisibility: true,
      plugins: [GraphiQLPluginExplorer.explorerPlugin()],
      inputValueDeprecation: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      storage: window.sessionStorage,
    });
  }

  ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(Page));
})();
