// High-water marks of memory, sampled while a section runs.
function memoryWatch() {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 5);
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return { rssMb: rss / 1048576, heapMb: heap / 1048576 };
    },
  };
}
module.exports = { memoryWatch };
