// Running a loop body over 0..count-1 on several threads.
#ifndef SUMMARIZE_BENCH_EVAL_PARALLEL_FOR_H_
#define SUMMARIZE_BENCH_EVAL_PARALLEL_FOR_H_

#include <cstddef>
#include <functional>

namespace summarize::eval {

// Calls body(i) once for every i in [0, count), on up to `threads` threads
// (at least one; the calling thread is one of them) taking the next index
// as they finish. The order of calls is unspecified, so a body that writes
// only to slot i of a pre-sized result gives the same result for any thread
// count. When a body throws, no further indices are started and the first
// exception is rethrown after all threads stop.
void ParallelFor(std::size_t count, std::size_t threads,
                 const std::function<void(std::size_t)>& body);

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_PARALLEL_FOR_H_
