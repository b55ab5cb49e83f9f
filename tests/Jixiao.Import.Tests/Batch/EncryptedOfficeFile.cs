using System.Buffers.Binary;
using System.Text;

namespace Jixiao.Import.Tests.Batch;

/// <summary>
/// Builds the container Word and Excel save a password-protected .docx/.xlsx in: an OLE2 compound file holding
/// the streams "EncryptionInfo" and "EncryptedPackage" (here with random bytes, not real ciphertext: what a
/// reader must notice is the container, as the file cannot be opened without the password anyway).
/// Layout: sector 0 the FAT, sector 1 the directory, then two 4 KB streams of 8 sectors each.
/// </summary>
internal static class EncryptedOfficeFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint Free = 0xFFFFFFFF;
    private const int Sector = 512;
    private const int StreamBytes = 4096;

    public static byte[] Build()
    {
        var file = new byte[Sector * (1 + 2 + 16)];
        var header = file.AsSpan(0, Sector);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9); // 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1); // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1); // the directory starts at sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], StreamBytes);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + (4 * i))..], i == 0 ? 0u : Free);
        }

        var fat = file.AsSpan(Sector * 1, Sector);
        fat.Fill(0xFF);
        Fat(fat, 0, 0xFFFFFFFD);
        Fat(fat, 1, EndOfChain);
        for (var s = 2; s < 18; s++)
        {
            Fat(fat, s, s is 9 or 17 ? EndOfChain : (uint)(s + 1));
        }

        var directory = file.AsSpan(Sector * 2, Sector);
        Entry(directory[..128], "Root Entry", type: 5, child: 1, right: Free, start: EndOfChain, size: 0);
        Entry(directory[128..256], "EncryptionInfo", type: 2, child: Free, right: 2, start: 2, size: StreamBytes);
        Entry(directory[256..384], "EncryptedPackage", type: 2, child: Free, right: Free, start: 10, size: StreamBytes);
        Entry(directory[384..], "", type: 0, child: Free, right: Free, start: 0, size: 0);
        new Random(7).NextBytes(file.AsSpan(Sector * 3));
        return file;

    }

    private static void Fat(Span<byte> fat, int sector, uint next) => BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * sector)..], next);

    private static void Entry(Span<byte> entry, string name, byte type, uint child, uint right, uint start, uint size)
    {
        var utf16 = Encoding.Unicode.GetBytes(name);
        utf16.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(name.Length == 0 ? 0 : utf16.Length + 2));
        entry[66] = type;
        entry[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], Free);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[120..], size);
    }
}
