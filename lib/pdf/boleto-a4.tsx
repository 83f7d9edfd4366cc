import type { ReactElement } from 'react';
import { Document, Page, StyleSheet, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { ItfBarcode, mm, QrCode } from './barcode';
import { FONT_MONO, FONT_SANS, MONO_ADVANCE_EM } from './fonts';
import { splitFixed } from './format';
import { PDF_TEXTS as T } from './texts';
import type { BoletoView } from './view-model';

const MARGIN = mm(10);
const CONTENT = mm(190);
const LINE = 0.6;
const PIX_FONT = 7.5;
const QR_MM = 40;

const s = StyleSheet.create({
  page: { fontFamily: FONT_SANS, fontSize: 9, padding: MARGIN, color: '#000000' },
  head: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    marginBottom: mm(2),
  },
  business: { fontSize: 12, fontWeight: 700 },
  small: { fontSize: 7.5 },
  caption: { fontSize: 8, fontWeight: 700, textTransform: 'uppercase' },
  // Cells are white boxes on the grid's black backdrop, LINE apart: the gaps are the rules. A bordered box
  // costs react-pdf a clipped path per side (≈ 40 content operators each); a background is one rectangle.
  box: { backgroundColor: '#ffffff', padding: 2.5 },
  label: { fontSize: 6 },
  value: { fontSize: 9 },
  strong: { fontWeight: 700 },
  right: { textAlign: 'right' },
  linhaFrame: { marginTop: mm(3), padding: 1.2, backgroundColor: '#000000' },
  linhaBox: { padding: mm(2), backgroundColor: '#ffffff' },
  linhaGrande: { fontFamily: FONT_MONO, fontWeight: 700, fontSize: 15, marginTop: 2 },
  pix: { flexDirection: 'row', marginTop: mm(3), alignItems: 'center' },
  pixText: { flex: 1, marginLeft: mm(3) },
  pixTitle: { fontSize: 11, fontWeight: 700 },
  mono: { fontFamily: FONT_MONO, fontWeight: 700, fontSize: PIX_FONT, marginTop: 3, lineHeight: 1.35 },
  cut: { marginTop: mm(4), marginBottom: mm(3), borderTopWidth: 0.8, borderStyle: 'dashed', paddingTop: 1 },
  fichaHead: { flexDirection: 'row', alignItems: 'flex-end', borderBottomWidth: 1.5, paddingBottom: 2 },
  banco: { width: mm(34), fontSize: 12, fontWeight: 700 },
  convenio: { width: mm(58), fontSize: 9, fontWeight: 700 },
  bancoCodigo: {
    width: mm(20),
    fontSize: 14,
    fontWeight: 700,
    textAlign: 'center',
    borderLeftWidth: 1.5,
    borderRightWidth: 1.5,
  },
  linhaFicha: { flex: 1, fontFamily: FONT_MONO, fontWeight: 700, fontSize: 11, textAlign: 'right' },
  grid: { backgroundColor: '#000000', padding: LINE, rowGap: LINE },
  cells: { flexDirection: 'row', columnGap: LINE },
  stack: { rowGap: LINE },
  side: { width: mm(48) - LINE },
  barcode: { marginTop: mm(4), marginLeft: -MARGIN + mm(3.65) },
  footer: { flexDirection: 'row', justifyContent: 'space-between', marginTop: mm(2) },
});

interface FieldProps {
  label: string;
  value: string;
  /** Share of the row (default 1); ignored when `width` is set or in a stacked column. */
  flex?: number;
  width?: number;
  stacked?: boolean;
  strong?: boolean;
  right?: boolean;
}

function Field(props: FieldProps) {
  const box = props.stacked
    ? {}
    : props.width === undefined
      ? { flex: props.flex ?? 1 }
      : { width: props.width };
  // One paragraph per field (label line + value line): each <Text> is a separate text layout, the main
  // cost of a render, so label and value share one. A right-aligned (money) field aligns its label too.
  return (
    <View style={[s.box, box]}>
      <Text style={[s.value, props.right ? s.right : {}]}>
        <Text style={s.label}>{`${props.label}\n`}</Text>
        {props.strong ? <Text style={s.strong}>{props.value}</Text> : props.value}
      </Text>
    </View>
  );
}

function PixBlock({ pix }: { pix: NonNullable<BoletoView['pix']> }) {
  const width = CONTENT - mm(QR_MM) - mm(3) - mm(8) * 2;
  const perLine = Math.floor(width / (PIX_FONT * MONO_ADVANCE_EM)) - 1;
  return (
    <View style={s.pix} wrap={false}>
      <QrCode text={pix.payload} sizeMm={QR_MM} />
      <View style={s.pixText}>
        <Text style={s.pixTitle}>{T.pixTitulo}</Text>
        <Text style={s.small}>{T.pixInstrucao}</Text>
        <Text style={s.mono}>{splitFixed(pix.payload, perLine).join('\n')}</Text>
        {pix.validoAte ? <Text style={[s.small, s.strong]}>{pix.validoAte}</Text> : null}
      </View>
    </View>
  );
}

function ReciboPagador({ v }: { v: BoletoView }) {
  return (
    <View>
      <View style={s.head}>
        <View>
          <Text style={s.business}>{v.beneficiario.nome}</Text>
          <Text style={s.small}>{`${v.beneficiario.cnpj} · ${v.beneficiario.endereco}`}</Text>
        </View>
        <Text style={s.caption}>{T.reciboPagador}</Text>
      </View>
      <View style={s.grid}>
        <View style={s.cells}>
          <Field label={T.pagador} value={`${v.pagador.nome} · ${v.pagador.documento}`} flex={2} />
          <Field label={T.fatura} value={v.faturaCodigo} />
          <Field label={T.vencimento} value={v.vencimento} strong right />
        </View>
        <View style={s.cells}>
          <Field label={T.historico} value={v.historico} flex={2} />
          <Field label={T.emissao} value={v.emissao} />
          <Field label={T.valorDocumento} value={v.valorDocumento} right />
        </View>
        <View style={s.cells}>
          <Field label={T.multa} value={v.multa} flex={2} right />
          <Field label={T.juros} value={v.juros} right />
          <Field label={T.valorCobrado} value={v.valorCobrado} strong right />
        </View>
      </View>
      <View style={s.linhaFrame}>
        <View style={s.linhaBox}>
          <Text style={s.label}>{T.linhaDigitavel}</Text>
          <Text style={s.linhaGrande}>{v.linhaDigitavel}</Text>
        </View>
      </View>
      {v.pix ? <PixBlock pix={v.pix} /> : null}
    </View>
  );
}

function FichaCompensacao({ v }: { v: BoletoView }) {
  return (
    <View wrap={false}>
      <View style={s.fichaHead}>
        {v.emissorCodigo ? (
          <>
            <Text style={s.banco}>{v.emissor}</Text>
            <Text style={s.bancoCodigo}>{v.emissorCodigo}</Text>
          </>
        ) : (
          <Text style={s.convenio}>{v.emissor}</Text>
        )}
        <Text style={s.linhaFicha}>{v.linhaDigitavel}</Text>
      </View>
      <View style={s.grid}>
        <View style={s.cells}>
          <Field label={T.localPagamento} value={T.localPagamentoTexto} />
          <Field label={T.vencimento} value={v.vencimento} width={s.side.width} strong right />
        </View>
        <View style={s.cells}>
          <Field label={T.beneficiario} value={`${v.beneficiario.nome} · ${v.beneficiario.cnpj}`} />
          <Field label={T.fatura} value={v.faturaCodigo} width={s.side.width} right />
        </View>
        <View style={s.cells}>
          <Field label={T.emissao} value={v.emissao} />
          <Field label={T.historico} value={v.historico} flex={2} />
          <Field label={T.valorDocumento} value={v.valorDocumento} width={s.side.width} right />
        </View>
        <View style={s.cells}>
          <View style={[s.box, { flex: 1 }]}>
            <Text style={s.value}>
              <Text style={s.label}>{`${T.instrucoes}\n`}</Text>
              {v.instrucao ?? ' '}
            </Text>
          </View>
          <View style={[s.side, s.stack]}>
            <Field label={T.multa} value={v.multa} stacked right />
            <Field label={T.juros} value={v.juros} stacked right />
            <Field label={T.valorCobrado} value={v.valorCobrado} stacked strong right />
          </View>
        </View>
        <View style={s.cells}>
          <Field label={T.pagador} value={`${v.pagador.nome} · ${v.pagador.documento}`} />
        </View>
      </View>
      <View style={s.barcode}>
        <ItfBarcode codigoBarras={v.codigoBarras} />
      </View>
      <View style={s.footer}>
        <Text style={s.small}>{v.rodape}</Text>
        <Text style={s.small}>{`${T.autenticacao} · ${T.fichaCompensacao}`}</Text>
      </View>
    </View>
  );
}

/** The A4 bank-style document: payer's receipt (with Pix), a cut line, then the ficha de compensação. */
export function boletoA4Document(v: BoletoView, title: string): ReactElement<DocumentProps> {
  return (
    <Document title={title} author={v.beneficiario.nome} creator="Totem" producer="Totem" language="pt-BR">
      <Page size="A4" style={s.page} wrap={false}>
        <ReciboPagador v={v} />
        <View style={s.cut}>
          <Text style={[s.small, s.right]}>{T.corte}</Text>
        </View>
        <FichaCompensacao v={v} />
      </Page>
    </Document>
  );
}
