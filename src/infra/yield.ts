/**
 * Lets the event loop run (timers, sockets: other requests) between chunks of a long write.
 * PGlite executes a statement synchronously and its promises resolve as microtasks, so a loop
 * of awaited statements never gives the event loop a turn by itself: without this, a 200,000-row
 * import froze every other request of the process until it finished.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
