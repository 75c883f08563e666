package org.joysurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hand-off between the report's reader and its scoring worker. */
class ScoringPipelineTest {

  /** One thread, as a report's worker has: a task still running would hold up the next one. */
  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  private final List<Integer> consumed = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopExecutor() throws InterruptedException {
    executor.shutdownNow();
    assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
  }

  /** The worker is idle: a task submitted now runs at once. */
  private void assertWorkerThreadIsFree() throws Exception {
    executor.submit(() -> {}).get(5, TimeUnit.SECONDS);
  }

  @Test
  void everyBatchReachesTheWorkerOnceAndInOrderBeforeFinishReturns() throws Exception {
    AtomicReference<Thread> workerThread = new AtomicReference<>();
    try (ScoringPipeline<Integer> pipeline =
        new ScoringPipeline<>(
            executor,
            4,
            batch -> {
              workerThread.set(Thread.currentThread());
              consumed.add(batch);
            })) {
      for (int i = 0; i < 2_000; i++) {
        pipeline.hand(i);
      }
      pipeline.finish();
      assertEquals(IntStream.range(0, 2_000).boxed().toList(), consumed);
    }
    assertNotSame(Thread.currentThread(), workerThread.get());
    assertWorkerThreadIsFree();
  }

  @Test
  void theEndComesAfterBatchesStillQueued() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (ScoringPipeline<Integer> pipeline =
        new ScoringPipeline<>(
            executor,
            8,
            batch -> {
              await(release);
              consumed.add(batch);
            })) {
      for (int i = 0; i < 5; i++) {
        pipeline.hand(i);
      }
      release.countDown();
      pipeline.finish();
      assertEquals(
          List.of(0, 1, 2, 3, 4), consumed, "finish waits for every batch handed before it");
    }
    assertWorkerThreadIsFree();
  }

  @Test
  void aFullQueueHoldsTheReaderBackUntilTheWorkerTakesMore() throws Exception {
    CountDownLatch firstTaken = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger handed = new AtomicInteger();
    try (ScoringPipeline<Integer> pipeline =
        new ScoringPipeline<>(
            executor,
            2,
            batch -> {
              firstTaken.countDown();
              await(release);
              consumed.add(batch);
            })) {
      pipeline.hand(0);
      assertTrue(firstTaken.await(5, TimeUnit.SECONDS));
      Thread reader =
          new Thread(
              () -> {
                for (int i = 1; i <= 3; i++) {
                  pipeline.hand(i);
                  handed.incrementAndGet();
                }
              });
      reader.start();
      Thread.sleep(500);
      assertEquals(2, handed.get(), "batches 1 and 2 fill the queue; 3 waits for room");
      assertEquals(2, pipeline.queued());
      assertTrue(reader.isAlive());
      release.countDown();
      reader.join(5_000);
      assertEquals(3, handed.get());
      pipeline.finish();
    }
    assertEquals(List.of(0, 1, 2, 3), consumed);
  }

  @Test
  void aFailureOnTheWorkerReachesTheReaderAndStopsIt() throws Exception {
    RuntimeException failure = new IllegalArgumentException("a plugin failed");
    int handed = 0;
    IllegalStateException thrown = null;
    try (ScoringPipeline<Integer> pipeline =
        new ScoringPipeline<>(executor, 4, failingAt(3, failure))) {
      for (; handed < 100_000; handed++) {
        pipeline.hand(handed);
      }
      pipeline.finish();
    } catch (IllegalStateException e) {
      thrown = e;
    }
    assertNotNull(thrown, "the reader heard of the failure");
    assertSame(failure, thrown.getCause());
    assertTrue(handed < 100, "the reader stopped soon after the failure, at batch " + handed);
    assertEquals(List.of(0, 1, 2), consumed);
    assertWorkerThreadIsFree();
  }

  @Test
  void aFailureOnTheWorkerAtTheEndReachesFinish() throws Exception {
    RuntimeException failure = new IllegalArgumentException("a plugin failed");
    try (ScoringPipeline<Integer> pipeline =
        new ScoringPipeline<>(executor, 4, failingAt(1, failure))) {
      pipeline.hand(0);
      pipeline.hand(1);
      IllegalStateException thrown = assertThrows(IllegalStateException.class, pipeline::finish);
      assertSame(failure, thrown.getCause());
    }
    assertWorkerThreadIsFree();
  }

  @Test
  void aFailureOnTheReaderStopsTheWorkerBeforeTheBatchesLeft() throws Exception {
    AtomicBoolean inConsumer = new AtomicBoolean();
    CountDownLatch firstTaken = new CountDownLatch(1);
    RuntimeException readerFailure = new IllegalStateException("the database went away");
    RuntimeException thrown =
        assertThrows(
            RuntimeException.class,
            () -> {
              try (ScoringPipeline<Integer> pipeline =
                  new ScoringPipeline<>(
                      executor,
                      8,
                      batch -> {
                        inConsumer.set(true);
                        firstTaken.countDown();
                        try {
                          Thread.sleep(10_000); // slow scoring: only the interrupt ends it early
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        consumed.add(batch);
                        inConsumer.set(false);
                      })) {
                for (int i = 0; i < 5; i++) {
                  pipeline.hand(i);
                }
                firstTaken.await(5, TimeUnit.SECONDS);
                throw readerFailure;
              }
            });
    assertSame(readerFailure, thrown);
    assertFalse(inConsumer.get(), "close returns once the worker has stopped");
    assertEquals(List.of(0), consumed, "the batches still queued are dropped");
    assertWorkerThreadIsFree();
    assertEquals(List.of(0), consumed);
  }

  @Test
  void aWorkerThatIgnoresTheInterruptStillStopsAfterItsBatch() throws Exception {
    AtomicBoolean inConsumer = new AtomicBoolean();
    CountDownLatch firstTaken = new CountDownLatch(1);
    try (ScoringPipeline<Integer> pipeline =
        new ScoringPipeline<>(
            executor,
            8,
            batch -> {
              inConsumer.set(true);
              firstTaken.countDown();
              long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
              while (System.nanoTime() < end) {
                Thread.interrupted(); // a plugin that swallows interrupts
              }
              consumed.add(batch);
              inConsumer.set(false);
            })) {
      for (int i = 0; i < 5; i++) {
        pipeline.hand(i);
      }
      assertTrue(firstTaken.await(5, TimeUnit.SECONDS));
    } // closed without finish: the reader gave up
    assertFalse(inConsumer.get());
    assertEquals(List.of(0), consumed);
    assertWorkerThreadIsFree();
  }

  @Test
  void closedBeforeTheWorkerCouldStartItNeverRuns() throws Exception {
    CountDownLatch busy = new CountDownLatch(1);
    executor.submit(() -> await(busy)); // the only thread is taken
    try (ScoringPipeline<Integer> pipeline = new ScoringPipeline<>(executor, 4, consumed::add)) {
      pipeline.hand(0);
    }
    busy.countDown();
    assertWorkerThreadIsFree();
    assertEquals(List.of(), consumed);
  }

  private Consumer<Integer> failingAt(int failing, RuntimeException failure) {
    return batch -> {
      if (batch == failing) {
        throw failure;
      }
      consumed.add(batch);
    };
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
