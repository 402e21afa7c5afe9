package org.koprogo.gdpr.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.koprogo.core.privacy.boundary.PersonalData;
import org.koprogo.gdpr.rights.control.ExportWriterTest.Module;

class DataModulesTest {

    @Test
    void enabledModulesOnlyInThePlansOrder() {
        PersonalData meetings = new Module("meetings", Map.of());
        PersonalData auth = new Module("auth", Map.of());
        PersonalData disabled = new Module("expenses", Map.of());

        List<PersonalData> ordered = DataModules.inPlanOrder(List.of("auth", "buildings", "meetings"),
                List.of(meetings, disabled, auth));

        assertEquals(List.of(auth, meetings), ordered);
    }
}
