/* global document, window, EventSource */
// Browser-side stand-in for the preload: defines window.practiceAudit over fetch and EventSource
// to the e2e test server, which calls the same main-process handlers the app uses.
(() => {
  const channels = JSON.parse(document.currentScript.dataset.channels);
  const listeners = new Set();
  const events = new EventSource('/events');
  events.onmessage = (message) => {
    const event = JSON.parse(message.data);
    for (const listener of listeners) listener(event);
  };
  const call = (channel) => async (...args) => {
    const response = await fetch(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error);
    return body.result;
  };
  const api = Object.fromEntries(channels.map((channel) => [channel, call(channel)]));
  api.onScanEvent = (callback) => {
    listeners.add(callback);
    return () => listeners.delete(callback);
  };
  window.practiceAudit = Object.freeze(api);
})();
