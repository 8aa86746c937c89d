package org.spinerad.dicom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.spinerad.dicom.testing.Tools;

/** Test inputs written by DCMTK's dump2dcm, and data sets made in memory. */
final class Samples {

	private Samples() {
	}

	/**
	 * An MR image with nested sequences (one of undefined length when dump2dcm
	 * is asked for undefined lengths), a private element, binary numbers and a
	 * small pixel data value.
	 */
	static final String MR_DUMP = """
			(0008,0005) CS [ISO_IR 100]
			(0008,0008) CS [ORIGINAL\\PRIMARY\\M\\ND]
			(0008,0016) UI =MRImageStorage
			(0008,0018) UI [1.2.826.0.1.3680043.2.1125.1.1]
			(0008,0020) DA [20261102]
			(0008,0030) TM [084000.123]
			(0008,0050) SH [ACC-0001]
			(0008,0060) CS [MR]
			(0008,1030) LO [MRI lumbar spine with contrast]
			(0008,103e) LO [sag T1 post]
			(0008,1115) SQ (Sequence with explicit length #=2)
			  (fffe,e000) na (Item with explicit length #=2)
			    (0008,1150) UI =MRImageStorage
			    (0008,1199) SQ (Sequence with explicit length #=1)
			      (fffe,e000) na (Item with explicit length #=1)
			        (0008,1155) UI [1.2.3.4.5]
			      (fffe,e00d) na (ItemDelimitationItem for re-encoding)
			    (fffe,e0dd) na (SequenceDelimitationItem for re-encod.)
			  (fffe,e00d) na (ItemDelimitationItem for re-encoding)
			  (fffe,e000) na (Item with explicit length #=0)
			  (fffe,e00d) na (ItemDelimitationItem for re-encoding)
			(fffe,e0dd) na (SequenceDelimitationItem for re-encod.)
			(0009,0010) LO [SPINERAD TEST]
			(0009,1001) LO [private value]
			(0010,0010) PN [DOE^JANE]
			(0010,0020) LO [PID-0001]
			(0010,0030) DA [19650412]
			(0010,0040) CS [F]
			(0010,1030) DS [68.5]
			(0018,0010) LO [Gadovist]
			(0018,0087) DS [1.5]
			(0018,1041) DS [6.8]
			(0020,000d) UI [1.2.826.0.1.3680043.2.1125.1]
			(0020,000e) UI [1.2.826.0.1.3680043.2.1125.1.2]
			(0020,0011) IS [7]
			(0020,0013) IS [12]
			(0020,0037) DS [0\\1\\0\\0\\0\\-1]
			(0028,0002) US 1
			(0028,0004) CS [MONOCHROME2]
			(0028,0010) US 2
			(0028,0011) US 2
			(0028,0100) US 16
			(0028,0101) US 12
			(0028,0102) US 11
			(0028,0103) US 0
			(7fe0,0010) OW 0001\\0002\\0003\\0004
			""";

	/** Makes the MR sample with dump2dcm; options select the encoding. */
	static Path mr(Path dir, String name, String... options) throws IOException, InterruptedException {
		return Tools.dump2dcm(dir, name, MR_DUMP, StandardCharsets.ISO_8859_1, options);
	}

	/** A data set made in memory with text, numbers, nested sequences. */
	static DataSet made() {
		DataSet ds = new DataSet();
		ds.setString(Tag.SpecificCharacterSet, "ISO_IR 192");
		ds.setString(Tag.SOPClassUID, UIDs.COMPREHENSIVE_SR_STORAGE);
		ds.setString(Tag.SOPInstanceUID, UIDs.newUid());
		ds.setString(Tag.PatientName, "Žluťoučký^Kůň");
		ds.setString(Tag.PatientID, "PID-ÄÖÜ");
		ds.setString(Tag.Modality, "SR");
		ds.setInt(Tag.Rows, VR.US, 512);
		ds.setDecimal(Tag.PatientWeight, 70.25);
		ds.setString(Tag.StudyInstanceUID, "1.2.3"); // odd length: padded with NUL on writing
		DataSet item = ds.addItem(Tag.ContentSequence);
		item.setString(Tag.ValueType, "TEXT");
		item.setString(Tag.TextValue, "Ödem L3–L4, 5 mm; 日本語\\backslash kept");
		DataSet nested = item.addItem(Tag.ConceptNameCodeSequence);
		nested.setString(Tag.CodeValue, "121071");
		nested.setString(Tag.CodingSchemeDesignator, "DCM");
		nested.setString(Tag.CodeMeaning, "Finding");
		ds.addItem(Tag.ContentSequence); // an empty item
		ds.setEmpty(Tag.ReferencedPerformedProcedureStepSequence, VR.SQ);
		ds.setEmpty(Tag.AccessionNumber, VR.SH);
		return ds;
	}
}
