import type { ReactElement } from 'react';
import { Document, Page, StyleSheet, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { ItfBarcode, ITF_QUIET_MM, mm, nextDotPt, QrCode } from './barcode';
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
const TOP = mm(5);
/**
 * Everything above the barcode has a fixed height (fixed texts), so the bars — which run along the paper feed —
 * start at a known height, put on the printer's dot grid (see nextDotPt). This block is that height, at least.
 */
const HEAD_MIN_MM = 22;
const CONTENT = mm(PAPER_MM - 8);
const PIX_FONT = 7;
const QR_MM = 44;

const s = StyleSheet.create({
  page: {
    fontFamily: FONT_SANS,
    fontSize: 8,
    paddingHorizontal: MARGIN,
    paddingVertical: TOP,
    color: '#000000',
  },
  notFicha: { fontSize: 7.5, fontWeight: 700, textAlign: 'center' },
  center: { textAlign: 'center' },
  business: { fontSize: 10, fontWeight: 700, textAlign: 'center' },
  small: { fontSize: 7 },
  rule: { borderTopWidth: 0.8, borderStyle: 'dashed', marginVertical: mm(2) },
  row: { flexDirection: 'row', justifyContent: 'space-between', marginTop: 1.5 },
  strong: { fontWeight: 700 },
  total: { fontSize: 11, fontWeight: 700 },
  label: { fontSize: 6.5, marginTop: mm(1.5) },
  linha: { fontFamily: FONT_MONO, fontWeight: 700, fontSize: 10.5, textAlign: 'center', marginTop: 2 },
  barcode: { alignItems: 'center' },
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

/**
 * The 80 mm receipt — not a ficha de compensação, and it says so: first what it is for and the linha digitável,
 * then the barcode along the feed (at a fixed height, on the printer's dot grid), then who, what and how much,
 * then the Pix.
 */
export function boleto80mmDocument(v: BoletoView, title: string): ReactElement<DocumentProps> {
  const [linha1, linha2] = linhaDigitavelEmDuasLinhas(v.linhaDigitavel);
  const perLine = Math.floor(CONTENT / (PIX_FONT * MONO_ADVANCE_EM)) - 1;
  const quiet = mm(ITF_QUIET_MM);
  const head = nextDotPt(TOP + mm(HEAD_MIN_MM) + quiet, v.dpi) - TOP - quiet;
  return (
    <Document title={title} author={v.beneficiario.nome} creator="Totem" producer="Totem" language="pt-BR">
      <Page size={[mm(PAPER_MM)]} style={s.page} wrap={false}>
        <View style={{ height: head }}>
          <Text style={s.notFicha}>{T.reciboNaoEFicha}</Text>
          <Text style={[s.label, s.center, { marginTop: mm(2.5) }]}>
            {[v.emissor, v.emissorCodigo, T.linhaDigitavel].filter(Boolean).join(' · ')}
          </Text>
          <Text style={s.linha}>{`${linha1}\n${linha2}`}</Text>
        </View>
        <View style={s.barcode} wrap={false}>
          <ItfBarcode codigoBarras={v.codigoBarras} vertical dpi={v.dpi} />
        </View>
        <View style={s.rule} />
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
        {v.encargos.map((e) => (
          <Pair key={e.label} label={e.label} value={e.value} />
        ))}
        <Pair label={T.valorAtualizadoHoje} value={v.valorCobrado} strong />
        {v.instrucao ? <Text style={[s.small, { marginTop: 2 }]}>{v.instrucao}</Text> : null}
        {v.pix ? (
          <View wrap={false}>
            <View style={s.rule} />
            <Text style={[s.business, { fontSize: 11 }]}>{T.pixTitulo}</Text>
            <Text style={[s.small, s.center]}>{T.pixInstrucao}</Text>
            <View style={s.qr}>
              <QrCode text={v.pix.payload} sizeMm={QR_MM} dpi={v.dpi} />
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
