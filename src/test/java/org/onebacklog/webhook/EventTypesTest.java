package org.onebacklog.webhook;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onebacklog.events.ScrumEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every event of the vocabulary can be subscribed to by name. */
class EventTypesTest {

    @Test
    void theListNamesEveryEventRecord() {
        Set<String> events = new ClassFileImporter().importPackages("org.onebacklog.events").stream()
                .filter(c -> c.isAssignableTo(ScrumEvent.class) && !c.isInterface())
                .map(JavaClass::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(events, new TreeSet<>(EventTypes.ALL));
    }
}
