package org.spinerad.dicom;

/**
 * Tags of the file format: the special tags of item encoding (PS3.5 7.5),
 * the File Meta Information (PS3.10 7.1), the DICOMDIR (PS3.3 F.3), pixel
 * data, signatures and padding. Use them through {@link Tag}.
 */
interface FileFormatTags {

	/** (FFFE,E000) Item. */
	int Item = 0xFFFEE000;

	/** (FFFE,E00D) Item Delimitation Item. */
	int ItemDelimitationItem = 0xFFFEE00D;

	/** (FFFE,E0DD) Sequence Delimitation Item. */
	int SequenceDelimitationItem = 0xFFFEE0DD;

	/** (0002,0000) UL FileMetaInformationGroupLength */
	int FileMetaInformationGroupLength = 0x00020000;

	/** (0002,0001) OB FileMetaInformationVersion */
	int FileMetaInformationVersion = 0x00020001;

	/** (0002,0002) UI MediaStorageSOPClassUID */
	int MediaStorageSOPClassUID = 0x00020002;

	/** (0002,0003) UI MediaStorageSOPInstanceUID */
	int MediaStorageSOPInstanceUID = 0x00020003;

	/** (0002,0010) UI TransferSyntaxUID */
	int TransferSyntaxUID = 0x00020010;

	/** (0002,0012) UI ImplementationClassUID */
	int ImplementationClassUID = 0x00020012;

	/** (0002,0013) SH ImplementationVersionName */
	int ImplementationVersionName = 0x00020013;

	/** (0002,0016) AE SourceApplicationEntityTitle */
	int SourceApplicationEntityTitle = 0x00020016;

	/** (0004,1130) CS FileSetID */
	int FileSetID = 0x00041130;

	/** (0004,1200) UL OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity */
	int OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity = 0x00041200;

	/** (0004,1202) UL OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity */
	int OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity = 0x00041202;

	/** (0004,1212) US FileSetConsistencyFlag */
	int FileSetConsistencyFlag = 0x00041212;

	/** (0004,1220) SQ DirectoryRecordSequence */
	int DirectoryRecordSequence = 0x00041220;

	/** (0004,1400) UL OffsetOfTheNextDirectoryRecord */
	int OffsetOfTheNextDirectoryRecord = 0x00041400;

	/** (0004,1410) US RecordInUseFlag */
	int RecordInUseFlag = 0x00041410;

	/** (0004,1420) UL OffsetOfReferencedLowerLevelDirectoryEntity */
	int OffsetOfReferencedLowerLevelDirectoryEntity = 0x00041420;

	/** (0004,1430) CS DirectoryRecordType */
	int DirectoryRecordType = 0x00041430;

	/** (0004,1500) CS ReferencedFileID */
	int ReferencedFileID = 0x00041500;

	/** (0004,1510) UI ReferencedSOPClassUIDInFile */
	int ReferencedSOPClassUIDInFile = 0x00041510;

	/** (0004,1511) UI ReferencedSOPInstanceUIDInFile */
	int ReferencedSOPInstanceUIDInFile = 0x00041511;

	/** (0004,1512) UI ReferencedTransferSyntaxUIDInFile */
	int ReferencedTransferSyntaxUIDInFile = 0x00041512;

	/** (7FE0,0008) OF FloatPixelData */
	int FloatPixelData = 0x7FE00008;

	/** (7FE0,0009) OD DoubleFloatPixelData */
	int DoubleFloatPixelData = 0x7FE00009;

	/** (7FE0,0010) OW PixelData */
	int PixelData = 0x7FE00010;

	/** (FFFA,FFFA) SQ DigitalSignaturesSequence */
	int DigitalSignaturesSequence = 0xFFFAFFFA;

	/** (FFFC,FFFC) OB DataSetTrailingPadding */
	int DataSetTrailingPadding = 0xFFFCFFFC;
}
