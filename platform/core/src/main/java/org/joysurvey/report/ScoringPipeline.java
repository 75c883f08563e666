package org.joysurvey.report;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The hand-off between a report's two threads. The thread that makes it (the reader) {@link #hand}s
 * batches over a small bounded queue to a worker, which gives each to the consumer in the order
 * handed, exactly once. A full queue holds the reader back, so memory stays flat whatever the
 * edition's size. A failure on either side stops both: the worker's reaches the reader at its next
 * hand-off or at {@link #finish}, and the reader's stops the worker through {@link #close}. Once
 * {@link #finish} or {@link #close} has returned, the worker is no longer running.
 *
 * <p>Use it from one thread, in a try-with-resources: hand every batch, then {@link #finish}.
 *
 * @param <T> a batch of work
 */
final class ScoringPipeline<T> implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ScoringPipeline.class.getName());

  /** After the last batch: the worker returns. */
  private static final Object END = new Object();

  /** How often a blocked reader looks whether the worker has stopped. */
  private static final long POLL_MILLIS = 100;

  /** How long {@link #close} waits for the worker to finish the batch it is in. */
  private static final long STOP_WAIT_SECONDS = 30;

  private static final int NEW = 0;
  private static final int RUNNING = 1;
  private static final int CLOSED = 2;

  private final BlockingQueue<Object> queue;
  private final Consumer<? super T> consumer;
  private final Future<?> worker;

  /** NEW until the worker starts; CLOSED first if the pipeline was closed before it could start. */
  private final AtomicInteger state = new AtomicInteger(NEW);

  private final CountDownLatch workerStopped = new CountDownLatch(1);

  /**
   * Set by {@link #close}: the worker stops before the next batch even if its consumer swallowed
   * the interrupt.
   */
  private volatile boolean stopping;

  private boolean finished;

  /**
   * Starts the worker on {@code executor}.
   *
   * @param capacity how many batches may wait for the worker
   * @param consumer takes each batch, on the worker's thread
   */
  ScoringPipeline(ExecutorService executor, int capacity, Consumer<? super T> consumer) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.consumer = consumer;
    this.worker = executor.submit(this::work);
  }

  @SuppressWarnings("unchecked")
  private void work() {
    if (!state.compareAndSet(NEW, RUNNING)) {
      return; // closed before it started
    }
    try {
      for (Object batch = queue.take(); batch != END && !stopping; batch = queue.take()) {
        consumer.accept((T) batch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stopped by close
    } finally {
      workerStopped.countDown();
    }
  }

  /** Batches handed that the worker has not taken yet: more than a few, and it is behind. */
  int queued() {
    return queue.size();
  }

  /**
   * Queues a batch, waiting while the queue is full.
   *
   * @throws IllegalStateException when the worker has failed (its exception is the cause) or
   *     stopped, or this thread was interrupted
   */
  void hand(T batch) {
    offer(batch);
  }

  /**
   * Hands the end over and waits for the worker to have taken every batch; rethrows its failure.
   */
  void finish() {
    offer(END);
    try {
      worker.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The report was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The report could not be computed", e.getCause());
    }
    finished = true;
  }

  private void offer(Object batch) {
    try {
      // a worker that has failed takes nothing more: do not wait for room that never comes
      while (worker.isDone() || !queue.offer(batch, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        if (worker.isDone()) {
          worker.get();
          throw new IllegalStateException("the scoring side stopped early");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The report was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The report could not be computed", e.getCause());
    }
  }

  /**
   * Stops the worker unless {@link #finish} returned, and waits until it has: the reader failed, or
   * the worker did. Batches still queued are dropped.
   */
  @Override
  public void close() {
    if (finished) {
      return;
    }
    stopping = true;
    if (state.compareAndSet(NEW, CLOSED)) {
      worker.cancel(false);
      return;
    }
    worker.cancel(true);
    boolean interrupted = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
    try {
      while (true) {
        try {
          if (!workerStopped.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            LOG.log(
                Level.WARNING,
                "The report's scoring worker did not stop within "
                    + STOP_WAIT_SECONDS
                    + " s; it is left to stop by itself");
          }
          return;
        } catch (InterruptedException e) {
          interrupted =
              true; // the worker stops within a batch: wait for it, then keep the interrupt
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
