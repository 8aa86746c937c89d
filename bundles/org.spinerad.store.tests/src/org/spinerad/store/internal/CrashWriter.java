package org.spinerad.store.internal;

import java.nio.file.Path;

import org.spinerad.model.MarrowFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.model.tests.Samples;

/**
 * Runs in a separate JVM for the crash test: edits a report without end and
 * autosaves its draft after every change, printing "autosaved N" once the
 * draft with N added findings is on disk. The test kills it with SIGKILL.
 */
public final class CrashWriter {

	private CrashWriter() {
	}

	public static void main(String[] args) throws Exception {
		FileReportStore store = new FileReportStore(Path.of(args[0]));
		Report report = Samples.infection();
		report.setId("crash-report");
		var region = Reports.region(report, RegionKind.BONE_MARROW).orElseThrow();
		for (int i = 1;; i++) {
			MarrowFinding finding = ReportFactory.eINSTANCE.createMarrowFinding();
			finding.setId("K" + i);
			finding.setFrom(SpineLevel.valueOf("L1"));
			finding.setRemark("change number " + i + " " + "x".repeat(200));
			region.getFindings().add(finding);
			store.saveDraft(report);
			System.out.println("autosaved " + i);
			System.out.flush();
		}
	}
}
