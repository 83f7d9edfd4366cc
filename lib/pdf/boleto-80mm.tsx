import type { ReactElement } from 'react';
import { Document, Page, StyleSheet, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { ItfBarcode, mm, QrCode } from './barcode';
import { FONT_MONO, FONT_SANS, MONO_ADVANCE_EM } from './fonts';
import { linhaDigitavelEmDuasLinhas, splitFixed } from './format';
import { PDF_TEXTS as T } from './texts';
import type { BoletoView } from './view-model';

/**
 * 80 mm roll: thermal heads print 72 mm (576 dots at 203 dpi), so 4 mm margins. The page has no fixed height
 * (react-pdf sizes it to the content); the printer cuts after it.
 */
const PAPER_MM = 80;
const MARGIN = mm(4);
const CONTENT = mm(PAPER_MM - 8);
const PIX_FONT = 7;
const QR_MM = 44;

const s = StyleSheet.create({
  page: {
    fontFamily: FONT_SANS,
    fontSize: 8,
    paddingHorizontal: MARGIN,
    paddingVertical: mm(5),
    color: '#000000',
  },
  center: { textAlign: 'center' },
  business: { fontSize: 10, fontWeight: 700, textAlign: 'center' },
  small: { fontSize: 7 },
  rule: { borderTopWidth: 0.8, borderStyle: 'dashed', marginVertical: mm(2) },
  row: { flexDirection: 'row', justifyContent: 'space-between', marginTop: 1.5 },
  strong: { fontWeight: 700 },
  total: { fontSize: 11, fontWeight: 700 },
  label: { fontSize: 6.5, marginTop: mm(1.5) },
  linha: { fontFamily: FONT_MONO, fontWeight: 700, fontSize: 10.5, textAlign: 'center', marginTop: 2 },
  barcode: { alignItems: 'center', marginTop: mm(1) },
  qr: { alignItems: 'center', marginTop: mm(1) },
  mono: {
    fontFamily: FONT_MONO,
    fontWeight: 700,
    fontSize: PIX_FONT,
    lineHeight: 1.35,
    textAlign: 'center',
    marginTop: 2,
  },
});

function Pair({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <View style={s.row}>
      <Text style={strong ? s.strong : {}}>{label}</Text>
      <Text style={strong ? s.total : s.strong}>{value}</Text>
    </View>
  );
}

/** The 80 mm receipt: amounts, the linha digitável in two lines, the barcode along the feed, then the Pix. */
export function boleto80mmDocument(v: BoletoView, title: string): ReactElement<DocumentProps> {
  const [linha1, linha2] = linhaDigitavelEmDuasLinhas(v.linhaDigitavel);
  const perLine = Math.floor(CONTENT / (PIX_FONT * MONO_ADVANCE_EM)) - 1;
  return (
    <Document title={title} author={v.beneficiario.nome} creator="Totem" producer="Totem" language="pt-BR">
      <Page size={[mm(PAPER_MM)]} style={s.page} wrap={false}>
        <Text style={s.business}>{v.beneficiario.nome}</Text>
        <Text style={[s.small, s.center]}>{`${v.beneficiario.cnpj}\n${v.beneficiario.endereco}`}</Text>
        <View style={s.rule} />
        <Text style={s.label}>{T.pagador}</Text>
        <Text style={s.strong}>{v.pagador.nome}</Text>
        {/* Regular weight: pdftotext maps the bold face's '.' to a space in the text layer (print is right). */}
        <Text>{v.pagador.documento}</Text>
        <Pair label={T.fatura} value={v.faturaCodigo} />
        <Text style={s.small}>{`${T.historico}: ${v.historico}`}</Text>
        <Pair label={T.emissao} value={v.emissao} />
        <Pair label={T.vencimento} value={v.vencimento} />
        <View style={s.rule} />
        <Pair label={T.valorDocumento} value={v.valorDocumento} />
        <Pair label={T.multa} value={v.multa} />
        <Pair label={T.juros} value={v.juros} />
        <Pair label={T.valorCobrado} value={v.valorCobrado} strong />
        {v.instrucao ? <Text style={[s.small, { marginTop: 2 }]}>{v.instrucao}</Text> : null}
        <View style={s.rule} />
        <Text style={[s.label, s.center]}>
          {[v.emissor, v.emissorCodigo, T.linhaDigitavel].filter(Boolean).join(' · ')}
        </Text>
        <Text style={s.linha}>{`${linha1}\n${linha2}`}</Text>
        <View style={s.barcode} wrap={false}>
          <ItfBarcode codigoBarras={v.codigoBarras} vertical />
        </View>
        {v.pix ? (
          <View wrap={false}>
            <View style={s.rule} />
            <Text style={[s.business, { fontSize: 11 }]}>{T.pixTitulo}</Text>
            <Text style={[s.small, s.center]}>{T.pixInstrucao}</Text>
            <View style={s.qr}>
              <QrCode text={v.pix.payload} sizeMm={QR_MM} />
            </View>
            <Text style={[s.label, s.center]}>{T.pixCopiaECola}</Text>
            <Text style={s.mono}>{splitFixed(v.pix.payload, perLine).join('\n')}</Text>
            {v.pix.validoAte ? <Text style={[s.small, s.strong, s.center]}>{v.pix.validoAte}</Text> : null}
          </View>
        ) : null}
        <View style={s.rule} />
        <Text style={[s.small, s.center]}>{v.rodape}</Text>
      </Page>
    </Document>
  );
}
