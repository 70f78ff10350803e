// Starts GraphiQL (the UMD build of the graphiql package, served by kg
// itself) on the endpoint the page names, with a first query to run.
(function () {
  var root = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({ url: root.dataset.endpoint });
  var query = [
    '# kg: the actors, places and agreements of communiqués.',
    '# Press the run button (or Ctrl-Enter).',
    '{',
    '  search(query: "Syrian Coalition", first: 3) {',
    '    score',
    '    entity { id name aliases }',
    '  }',
    '}',
    ''
  ].join('\n');
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: query, defaultEditorToolsVisibility: false })
  );
})();
