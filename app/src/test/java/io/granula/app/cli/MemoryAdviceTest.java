package io.granula.app.cli;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryAdviceTest {

    @Test
    void outOfMemoryAdviceAsksForMoreHeapThanThisRunHad() {
        String advice = GranulaCommand.memoryAdvice();

        Matcher m = Pattern.compile("GRANULA_JAVA_OPTS=-Xmx(\\d+)g").matcher(advice);
        assertThat(m.find()).as(advice).isTrue();
        long advisedBytes = Long.parseLong(m.group(1)) << 30;
        assertThat(advisedBytes).isGreaterThan(Runtime.getRuntime().maxMemory());
        assertThat(advice).startsWith("not enough memory (this run had ");
    }
}
