// Charts (Chart.js through react-chartjs-2), each with the same figures as a table for screen readers.
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatNumber } from '../labels';

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Bars {
  labels: string[];
  values: number[];
}

export function BarChart({ title, data, horizontal = false, colour = '#2f7d3a' }: { title: string; data: Bars; horizontal?: boolean; colour?: string }) {
  const height = horizontal ? Math.max(160, data.labels.length * 26 + 40) : 240;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div style={{ position: 'relative', height }} aria-hidden="true">
        <Bar
          data={{ labels: data.labels, datasets: [{ label: title, data: data.values, backgroundColor: colour }] }}
          options={{
            indexAxis: horizontal ? 'y' : 'x',
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false } },
            scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
          }}
        />
      </div>
      {/* A table is never narrower than its content: the hiding is on a wrapper. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <tbody>
            {data.labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{formatNumber(data.values[i] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
