package org.spinerad.dicom;

import java.util.Locale;

/**
 * Tags of the attributes the product uses (PS3.6), the special tags of item
 * encoding (PS3.5 7.5), and helpers to print tags. The tags of the file format
 * and of report content are declared in {@link FileFormatTags} and
 * {@link ReportContentTags} and reached through this class, e.g.
 * {@code Tag.TransferSyntaxUID}. A tag is an int: group in
 * the high 16 bits, element in the low 16 bits. {@link ElementDictionary} gives
 * the VR and keyword of each.
 */
public final class Tag implements FileFormatTags, ReportContentTags {

	private Tag() {
	}

	/** (0008,0005) CS SpecificCharacterSet */
	public static final int SpecificCharacterSet = 0x00080005;

	/** (0008,0008) CS ImageType */
	public static final int ImageType = 0x00080008;

	/** (0008,0012) DA InstanceCreationDate */
	public static final int InstanceCreationDate = 0x00080012;

	/** (0008,0013) TM InstanceCreationTime */
	public static final int InstanceCreationTime = 0x00080013;

	/** (0008,0014) UI InstanceCreatorUID */
	public static final int InstanceCreatorUID = 0x00080014;

	/** (0008,0016) UI SOPClassUID */
	public static final int SOPClassUID = 0x00080016;

	/** (0008,0018) UI SOPInstanceUID */
	public static final int SOPInstanceUID = 0x00080018;

	/** (0008,0020) DA StudyDate */
	public static final int StudyDate = 0x00080020;

	/** (0008,0021) DA SeriesDate */
	public static final int SeriesDate = 0x00080021;

	/** (0008,0022) DA AcquisitionDate */
	public static final int AcquisitionDate = 0x00080022;

	/** (0008,0023) DA ContentDate */
	public static final int ContentDate = 0x00080023;

	/** (0008,0030) TM StudyTime */
	public static final int StudyTime = 0x00080030;

	/** (0008,0031) TM SeriesTime */
	public static final int SeriesTime = 0x00080031;

	/** (0008,0032) TM AcquisitionTime */
	public static final int AcquisitionTime = 0x00080032;

	/** (0008,0033) TM ContentTime */
	public static final int ContentTime = 0x00080033;

	/** (0008,0050) SH AccessionNumber */
	public static final int AccessionNumber = 0x00080050;

	/** (0008,0054) AE RetrieveAETitle */
	public static final int RetrieveAETitle = 0x00080054;

	/** (0008,0056) CS InstanceAvailability */
	public static final int InstanceAvailability = 0x00080056;

	/** (0008,0060) CS Modality */
	public static final int Modality = 0x00080060;

	/** (0008,0061) CS ModalitiesInStudy */
	public static final int ModalitiesInStudy = 0x00080061;

	/** (0008,0070) LO Manufacturer */
	public static final int Manufacturer = 0x00080070;

	/** (0008,0080) LO InstitutionName */
	public static final int InstitutionName = 0x00080080;

	/** (0008,0090) PN ReferringPhysicianName */
	public static final int ReferringPhysicianName = 0x00080090;

	/** (0008,0100) SH CodeValue */
	public static final int CodeValue = 0x00080100;

	/** (0008,0102) SH CodingSchemeDesignator */
	public static final int CodingSchemeDesignator = 0x00080102;

	/** (0008,0103) SH CodingSchemeVersion */
	public static final int CodingSchemeVersion = 0x00080103;

	/** (0008,0104) LO CodeMeaning */
	public static final int CodeMeaning = 0x00080104;

	/** (0008,0105) CS MappingResource */
	public static final int MappingResource = 0x00080105;

	/** (0008,0201) SH TimezoneOffsetFromUTC */
	public static final int TimezoneOffsetFromUTC = 0x00080201;

	/** (0008,1030) LO StudyDescription */
	public static final int StudyDescription = 0x00081030;

	/** (0008,103E) LO SeriesDescription */
	public static final int SeriesDescription = 0x0008103E;

	/** (0008,1040) LO InstitutionalDepartmentName */
	public static final int InstitutionalDepartmentName = 0x00081040;

	/** (0008,1080) LO AdmittingDiagnosesDescription */
	public static final int AdmittingDiagnosesDescription = 0x00081080;

	/** (0008,1090) LO ManufacturerModelName */
	public static final int ManufacturerModelName = 0x00081090;

	/** (0008,1110) SQ ReferencedStudySequence */
	public static final int ReferencedStudySequence = 0x00081110;

	/** (0008,1111) SQ ReferencedPerformedProcedureStepSequence */
	public static final int ReferencedPerformedProcedureStepSequence = 0x00081111;

	/** (0008,1115) SQ ReferencedSeriesSequence */
	public static final int ReferencedSeriesSequence = 0x00081115;

	/** (0008,1150) UI ReferencedSOPClassUID */
	public static final int ReferencedSOPClassUID = 0x00081150;

	/** (0008,1155) UI ReferencedSOPInstanceUID */
	public static final int ReferencedSOPInstanceUID = 0x00081155;

	/** (0008,1190) UR RetrieveURL */
	public static final int RetrieveURL = 0x00081190;

	/** (0008,1197) US FailureReason */
	public static final int FailureReason = 0x00081197;

	/** (0008,1198) SQ FailedSOPSequence */
	public static final int FailedSOPSequence = 0x00081198;

	/** (0008,1199) SQ ReferencedSOPSequence */
	public static final int ReferencedSOPSequence = 0x00081199;

	/** (0010,0010) PN PatientName */
	public static final int PatientName = 0x00100010;

	/** (0010,0020) LO PatientID */
	public static final int PatientID = 0x00100020;

	/** (0010,0030) DA PatientBirthDate */
	public static final int PatientBirthDate = 0x00100030;

	/** (0010,0040) CS PatientSex */
	public static final int PatientSex = 0x00100040;

	/** (0010,1010) AS PatientAge */
	public static final int PatientAge = 0x00101010;

	/** (0010,1030) DS PatientWeight */
	public static final int PatientWeight = 0x00101030;

	/** (0018,0010) LO ContrastBolusAgent */
	public static final int ContrastBolusAgent = 0x00180010;

	/** (0018,0015) CS BodyPartExamined */
	public static final int BodyPartExamined = 0x00180015;

	/** (0018,0020) CS ScanningSequence */
	public static final int ScanningSequence = 0x00180020;

	/** (0018,0021) CS SequenceVariant */
	public static final int SequenceVariant = 0x00180021;

	/** (0018,0022) CS ScanOptions */
	public static final int ScanOptions = 0x00180022;

	/** (0018,0024) SH SequenceName */
	public static final int SequenceName = 0x00180024;

	/** (0018,0050) DS SliceThickness */
	public static final int SliceThickness = 0x00180050;

	/** (0018,0080) DS RepetitionTime */
	public static final int RepetitionTime = 0x00180080;

	/** (0018,0081) DS EchoTime */
	public static final int EchoTime = 0x00180081;

	/** (0018,0082) DS InversionTime */
	public static final int InversionTime = 0x00180082;

	/** (0018,0087) DS MagneticFieldStrength */
	public static final int MagneticFieldStrength = 0x00180087;

	/** (0018,1020) LO SoftwareVersions */
	public static final int SoftwareVersions = 0x00181020;

	/** (0018,1030) LO ProtocolName */
	public static final int ProtocolName = 0x00181030;

	/** (0018,1040) LO ContrastBolusRoute */
	public static final int ContrastBolusRoute = 0x00181040;

	/** (0018,1041) DS ContrastBolusVolume */
	public static final int ContrastBolusVolume = 0x00181041;

	/** (0018,1042) TM ContrastBolusStartTime */
	public static final int ContrastBolusStartTime = 0x00181042;

	/** (0018,1043) TM ContrastBolusStopTime */
	public static final int ContrastBolusStopTime = 0x00181043;

	/** (0018,1044) DS ContrastBolusTotalDose */
	public static final int ContrastBolusTotalDose = 0x00181044;

	/** (0018,1048) CS ContrastBolusIngredient */
	public static final int ContrastBolusIngredient = 0x00181048;

	/** (0018,1049) DS ContrastBolusIngredientConcentration */
	public static final int ContrastBolusIngredientConcentration = 0x00181049;

	/** (0020,000D) UI StudyInstanceUID */
	public static final int StudyInstanceUID = 0x0020000D;

	/** (0020,000E) UI SeriesInstanceUID */
	public static final int SeriesInstanceUID = 0x0020000E;

	/** (0020,0010) SH StudyID */
	public static final int StudyID = 0x00200010;

	/** (0020,0011) IS SeriesNumber */
	public static final int SeriesNumber = 0x00200011;

	/** (0020,0013) IS InstanceNumber */
	public static final int InstanceNumber = 0x00200013;

	/** (0020,0032) DS ImagePositionPatient */
	public static final int ImagePositionPatient = 0x00200032;

	/** (0020,0037) DS ImageOrientationPatient */
	public static final int ImageOrientationPatient = 0x00200037;

	/** (0020,1206) IS NumberOfStudyRelatedSeries */
	public static final int NumberOfStudyRelatedSeries = 0x00201206;

	/** (0020,1208) IS NumberOfStudyRelatedInstances */
	public static final int NumberOfStudyRelatedInstances = 0x00201208;

	/** (0028,0002) US SamplesPerPixel */
	public static final int SamplesPerPixel = 0x00280002;

	/** (0028,0004) CS PhotometricInterpretation */
	public static final int PhotometricInterpretation = 0x00280004;

	/** (0028,0010) US Rows */
	public static final int Rows = 0x00280010;

	/** (0028,0011) US Columns */
	public static final int Columns = 0x00280011;

	/** (0028,0100) US BitsAllocated */
	public static final int BitsAllocated = 0x00280100;

	/** (0028,0101) US BitsStored */
	public static final int BitsStored = 0x00280101;

	/** (0028,0102) US HighBit */
	public static final int HighBit = 0x00280102;

	/** (0028,0103) US PixelRepresentation */
	public static final int PixelRepresentation = 0x00280103;

	/** @return the group number (high 16 bits) */
	public static int group(int tag) {
		return tag >>> 16;
	}

	/** @return the element number (low 16 bits) */
	public static int element(int tag) {
		return tag & 0xFFFF;
	}

	/** @return the tag of a group and element number */
	public static int of(int group, int element) {
		return (group << 16) | (element & 0xFFFF);
	}

	/** @return true for a private tag (odd group) */
	public static boolean isPrivate(int tag) {
		return (group(tag) & 1) == 1;
	}

	/** @return true for a group length element (gggg,0000) */
	public static boolean isGroupLength(int tag) {
		return element(tag) == 0;
	}

	/** @return the tag as printed by DICOM tools, e.g. {@code (0010,0010)} */
	public static String toString(int tag) {
		return String.format(Locale.ROOT, "(%04X,%04X)", group(tag), element(tag));
	}

	/** @return the tag and, when known, its keyword, e.g. {@code (0010,0010) PatientName} */
	public static String describe(int tag) {
		String keyword = ElementDictionary.keywordOf(tag);
		return keyword == null ? toString(tag) : toString(tag) + " " + keyword;
	}
}
