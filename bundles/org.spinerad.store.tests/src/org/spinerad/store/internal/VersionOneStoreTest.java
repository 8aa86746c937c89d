package org.spinerad.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.tests.VersionOne;
import org.spinerad.samples.SampleCases;

/** The store reads every example case left in it by a workstation that wrote format version 1. */
class VersionOneStoreTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@FieldSource("org.spinerad.samples.SampleCases#IDS")
	void everySampleStoredAsVersionOneLoadsWithTheMeaningItHad(String id) throws Exception {
		Report report = VersionOne.meaning(SampleCases.load(id));
		Files.createDirectories(dir.resolve("reports"));
		Files.writeString(dir.resolve("reports").resolve(report.getId() + ".xmi"),
				VersionOne.text(report, ReportIO.Format.XMI));
		FileReportStore store = new FileReportStore(dir);
		assertTrue(store.list().stream().anyMatch(s -> s.id().equals(report.getId())), id + " is listed");
		Report loaded = store.load(report.getId());
		assertEquals(ReportIO.FORMAT_VERSION, loaded.getFormatVersion());
		assertTrue(EcoreUtil.equals(report, loaded), id);
	}
}
