import { Document, Page, renderToBuffer, StyleSheet, Text, View } from '@react-pdf/renderer';
import { mm } from './barcode';
import { FONT_MONO, FONT_SANS, registerPdfFonts } from './fonts';
import type { Beneficiario, BoletoLayout } from './types';

/**
 * A printed receipt (comprovante) of something done at the totem — a ticket, a sign-up request: the business,
 * a title, the protocol in large type and a few label/value lines. Same paper as the boleto (BOLETO_LAYOUT):
 * an A4 sheet or the 80 mm roll, and the same embedded fonts.
 */
export interface ComprovanteData {
  beneficiario: Beneficiario;
  titulo: string;
  protocoloLabel: string;
  protocolo: string;
  linhas: [string, string][];
  rodape: string;
}

const s = StyleSheet.create({
  page: { fontFamily: FONT_SANS, color: '#000000' },
  business: { fontWeight: 700, textAlign: 'center' },
  small: { textAlign: 'center' },
  rule: { borderTopWidth: 0.8, borderStyle: 'dashed', marginVertical: mm(2.5) },
  titulo: { fontWeight: 700, textAlign: 'center' },
  label: { marginTop: mm(2) },
  protocolo: { fontFamily: FONT_MONO, fontWeight: 700, textAlign: 'center', marginTop: 2 },
  row: { flexDirection: 'row', justifyContent: 'space-between', marginTop: 3, columnGap: mm(3) },
  strong: { fontWeight: 700, textAlign: 'right', flexShrink: 1 },
  rodape: { marginTop: mm(3) },
});

export async function renderComprovantePdf(data: ComprovanteData, layout: BoletoLayout): Promise<Buffer> {
  registerPdfFonts();
  const roll = layout === '80mm';
  const base = roll ? 8 : 11;
  return renderToBuffer(
    <Document
      title={`${data.titulo} ${data.protocolo}`}
      author={data.beneficiario.nome}
      creator="Totem"
      producer="Totem"
      language="pt-BR"
    >
      <Page
        size={roll ? [mm(80)] : 'A4'}
        wrap={false}
        style={[s.page, { fontSize: base, padding: roll ? mm(4) : mm(20) }]}
      >
        <Text style={[s.business, { fontSize: base + 2 }]}>{data.beneficiario.nome}</Text>
        <Text style={[s.small, { fontSize: base - 1 }]}>
          {`${data.beneficiario.cnpj}\n${data.beneficiario.endereco}`}
        </Text>
        <View style={s.rule} />
        <Text style={[s.titulo, { fontSize: base + 3 }]}>{data.titulo}</Text>
        <Text style={[s.label, s.small]}>{data.protocoloLabel}</Text>
        <Text style={[s.protocolo, { fontSize: base + 8 }]}>{data.protocolo}</Text>
        <View style={s.rule} />
        {data.linhas.map(([label, value]) => (
          <View style={s.row} key={label}>
            <Text>{label}</Text>
            <Text style={s.strong}>{value}</Text>
          </View>
        ))}
        <View style={s.rule} />
        <Text style={[s.rodape, { fontSize: base - 1 }]}>{data.rodape}</Text>
      </Page>
    </Document>,
  );
}
