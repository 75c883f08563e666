package org.joysurvey.document;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.joysurvey.report.EditionReport;

/**
 * The white paper's own cost, without a server or database: the layout (XHTML) and the tagged PDF
 * of a publication of N responses drawn from the demo's profiles (the PDF depends on the sections,
 * not on the number of responses), ten rounds after a warm-up, with the heap in use after a GC
 * (docs/benchmarks.md). Arguments: the numbers of responses, e.g. {@code 568 100000}.
 */
public final class WhitePaperThroughput {

  private WhitePaperThroughput() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args.length == 0 ? new String[] {"568", "100000"} : args) {
      sizes.add(Integer.parseInt(a));
    }
    for (int n : sizes) {
      EditionReport live = WhitePaperFixture.demoLike(n);
      DocumentSource source = WhitePaperFixture.source(live, true);
      List<Long> layout = new ArrayList<>();
      List<Long> pdf = new ArrayList<>();
      int bytes = 0;
      long heapMb = 0;
      for (int round = 0; round <= 10; round++) {
        long t0 = System.nanoTime();
        String xhtml = WhitePaperLayout.xhtml(source);
        long t1 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.render(xhtml, null, out);
        long t2 = System.nanoTime();
        if (round > 0) {
          layout.add((t1 - t0) / 1_000_000);
          pdf.add((t2 - t1) / 1_000_000);
        }
        bytes = out.size();
        if (round == 10) {
          System.gc();
          Runtime r = Runtime.getRuntime();
          heapMb = (r.totalMemory() - r.freeMemory()) >> 20;
        }
      }
      Collections.sort(layout);
      Collections.sort(pdf);
      System.out.printf(
          "responses=%d layout_ms median=%d min=%d max=%d pdf_ms median=%d min=%d max=%d"
              + " pdf_bytes=%d heap_after_gc_mb=%d%n",
          n,
          layout.get(5),
          layout.get(0),
          layout.get(9),
          pdf.get(5),
          pdf.get(0),
          pdf.get(9),
          bytes,
          heapMb);
    }
  }
}
