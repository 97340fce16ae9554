// Charts: the clustered bar/column charts the adapter draws, kept as state.

import { fail } from '../errors';
import type { ChartState, SheetState } from '../sheet-state';
import { BaseHost, booleanArg, type Host } from './base';
import { rectOn, RangeHost } from './range';

const CHART_TYPES = ['BarClustered', 'ColumnClustered'];

function rangeOf(sheet: SheetState, value: unknown) {
  if (typeof value === 'string') return rectOn(sheet, value);
  if (value instanceof RangeHost && value.sheet === sheet) return value.rect;
  return fail('InvalidArgument', 'Expected a range on the chart\'s sheet.');
}

export class ChartCollectionHost extends BaseHost {
  readonly type = 'ChartCollection';

  constructor(private readonly sheet: SheetState) {
    super();
  }

  override call(name: string, args: unknown[]): Host | undefined {
    if (name !== 'add') return super.call(name, args);
    const [type, source, seriesBy = 'Auto'] = args;
    if (typeof type !== 'string' || !CHART_TYPES.includes(type)) fail('NotImplemented', `stand-in: chart type ${String(type)}`);
    if (!['Auto', 'Columns', 'Rows'].includes(String(seriesBy))) fail('InvalidArgument', 'seriesBy must be Auto, Columns or Rows.');
    this.sheet.assertFormattable('never');
    const chart: ChartState = { type, source: rangeOf(this.sheet, source), seriesBy: String(seriesBy), title: '', legendVisible: true };
    this.sheet.charts.push(chart);
    return new ChartPartHost('Chart', this.sheet, chart);
  }
}

/** Chart and its title, legend and series parts: views of one chart's state. */
class ChartPartHost extends BaseHost {
  constructor(readonly type: string, private readonly sheet: SheetState, private readonly chart: ChartState) {
    super();
  }

  override nav(name: string): Host {
    const next: Record<string, string> = { title: 'ChartTitle', legend: 'ChartLegend', series: 'ChartSeriesCollection' };
    if (this.type === 'Chart' && next[name]) return new ChartPartHost(next[name], this.sheet, this.chart);
    return super.nav(name);
  }

  override set(name: string, value: unknown): void {
    if (this.type === 'ChartTitle' && name === 'text') {
      if (typeof value !== 'string') fail('InvalidArgument', 'A chart title is text.');
      this.chart.title = value;
    } else if (this.type === 'ChartTitle' && name === 'visible') {
      booleanArg(value, name);
    } else if (this.type === 'ChartLegend' && name === 'visible') {
      this.chart.legendVisible = booleanArg(value, name);
    } else if (this.type === 'Chart' && name === 'name') {
      if (typeof value !== 'string') fail('InvalidArgument', 'A chart name is text.');
    } else {
      super.set(name, value);
    }
  }

  override call(name: string, args: unknown[]): Host | undefined {
    if (this.type === 'Chart' && name === 'setPosition') {
      this.chart.position = { from: rangeOf(this.sheet, args[0]), to: args[1] === undefined ? undefined : rangeOf(this.sheet, args[1]) };
      return undefined;
    }
    if (this.type === 'ChartSeriesCollection' && name === 'getItemAt') {
      if (args[0] !== 0) fail('NotImplemented', 'stand-in: charts have one series');
      return new ChartPartHost('ChartSeries', this.sheet, this.chart);
    }
    if (this.type === 'ChartSeries' && name === 'setXAxisValues') {
      this.chart.xValues = rangeOf(this.sheet, args[0]);
      return undefined;
    }
    if (this.type === 'ChartSeries' && name === 'setValues') {
      this.chart.source = rangeOf(this.sheet, args[0]);
      return undefined;
    }
    return super.call(name, args);
  }
}
